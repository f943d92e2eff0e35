#pragma once

#include <QIODevice>

#include <streambuf>
#include <vector>

namespace RefundDesk {

/// A read-only std::streambuf over a QIODevice, so nlohmann's stream parser can read
/// files and standard input in chunks. Counts the bytes it has handed out.
class DeviceStreamBuf final : public std::streambuf
{
public:
    explicit DeviceStreamBuf(QIODevice &device, std::size_t chunkSize = 1 << 16)
        : m_device(device)
        , m_buffer(chunkSize)
    { }

    /// Bytes read from the device so far.
    qint64 bytesRead() const { return m_bytesRead; }
    /// Bytes handed out so far: the offset of the next one.
    qint64 position() const { return m_bytesRead - qint64(egptr() - gptr()); }
    /// The byte handed out last, or -1 before the first. nlohmann takes a NUL byte for the end
    /// of the input, so a reader checks whether its parse stopped at one.
    int lastByte() const
    {
        return gptr() > eback() ? int(static_cast<unsigned char>(gptr()[-1])) : -1;
    }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        const qint64 n = m_device.read(m_buffer.data(), qint64(m_buffer.size()));
        if (n <= 0)
            return traits_type::eof();
        m_bytesRead += n;
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice &m_device;
    std::vector<char> m_buffer;
    qint64 m_bytesRead = 0;
};

} // namespace RefundDesk
