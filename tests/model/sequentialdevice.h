#pragma once

// Standard input as the importer sees it: sequential, so its size is unknown and it cannot
// seek; bytes are served from what the producer wrote.

#include <QByteArray>
#include <QIODevice>

#include <cstring>

namespace RefundDesk::Testing {

class SequentialDevice final : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n > 0) // an empty QByteArray's data may be null, which memcpy may not be given
            std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace RefundDesk::Testing
