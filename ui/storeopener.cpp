#include "storeopener.h"

#include "store/sqlitestore.h"

namespace RefundDesk {

StoreOpener sqliteOpener(const QString &path)
{
    return [path]() -> Result<std::unique_ptr<Store>> {
        auto opened = SqliteStore::open(path);
        if (!opened)
            return opened.error();
        return std::unique_ptr<Store>(std::move(opened).value());
    };
}

} // namespace RefundDesk
