-- The language of a user's web UI (API.md, "Languages"): en, hi, mr, he or fil, checked by the API.
-- Empty for everyone already there: their UI keeps following the browser's language until they choose.
ALTER TABLE app_user ADD COLUMN locale TEXT;
