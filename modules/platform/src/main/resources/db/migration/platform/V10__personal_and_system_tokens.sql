-- People, not credentials, act: an API token is either a person's own (PERSONAL: it belongs to a user account, acts as
-- that person with at most that person's roles, and shows their name) or a system's (SYSTEM: an institution's or the
-- authority's system, with a role given to systems only, never a step that needs a person). Tokens so far were
-- systems' tokens.
ALTER TABLE api_token ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'SYSTEM';
ALTER TABLE api_token ADD COLUMN user_id BIGINT REFERENCES user_account (id);
CREATE INDEX api_token_user ON api_token (user_id);

-- the demo tokens (README) belong to the demo users of their role
UPDATE api_token SET kind = 'PERSONAL', institution_id = NULL,
       user_id = (SELECT u.id FROM user_account u WHERE u.username = CASE api_token.name
           WHEN 'demo-institution-officer' THEN 'officer.uni' WHEN 'demo-institution-admin' THEN 'admin.uni'
           WHEN 'demo-authority-assessor' THEN 'assessor' WHEN 'demo-authority-decider' THEN 'decider'
           WHEN 'demo-list-admin' THEN 'listadmin' WHEN 'demo-system-admin' THEN 'sysadmin' WHEN 'demo-auditor' THEN 'auditor' END)
 WHERE name IN ('demo-institution-officer', 'demo-institution-admin', 'demo-authority-assessor', 'demo-authority-decider',
                'demo-list-admin', 'demo-system-admin', 'demo-auditor')
   AND EXISTS (SELECT 1 FROM user_account u WHERE u.username IN ('officer.uni', 'decider'));
UPDATE api_token SET kind = 'SYSTEM' WHERE kind = 'PERSONAL' AND user_id IS NULL;
