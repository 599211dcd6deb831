-- Authenticator secrets are stored encrypted (AES-GCM, "v1:" + base64 of IV, ciphertext and tag): wider column.
-- Secrets stored in plaintext before are encrypted by the portal at its next start.
ALTER TABLE account ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
