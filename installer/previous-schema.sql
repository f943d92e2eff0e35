-- Turns a current database into one as the previous release wrote it (schema version 3):
-- migration 4 only added these indexes. The packaging checks (tests/package/check-package,
-- installer/check-install, installer/check-clean-install) upgrade such a file with the
-- package; a new migration needs its own undo step here.
DROP INDEX refunds_report_created;
DROP INDEX refunds_refunded;
DROP INDEX payment_records_guaranteed;
PRAGMA user_version = 3;
