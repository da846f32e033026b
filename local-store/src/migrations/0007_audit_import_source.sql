-- Audit entries brought in by `store import` keep where they came from (the key that
-- signed the export), so they are never shown as this store's own actions.
ALTER TABLE audit ADD COLUMN imported_from TEXT;
