-- Platform schema, version 13: an in-app notification in both languages, so that it follows the reader's choice.
-- Notifications made before hold one language; they are shown as they are.
ALTER TABLE user_notification ADD COLUMN subject_en VARCHAR(300);
ALTER TABLE user_notification ADD COLUMN body_en VARCHAR(4000);
