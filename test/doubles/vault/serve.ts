// Starts the Vault TEST DOUBLE (server.ts) on its own and prints VAULT_ADDR and VAULT_TOKEN, to smoke-run
// test/vault/real-vault.test.ts (the suite meant for a real Vault) against it: `npx tsx test/doubles/vault/serve.ts`.
import { startVaultDouble } from './server';

const vault = await startVaultDouble({ rootToken: process.env.VAULT_DOUBLE_ROOT_TOKEN ?? 'root' });
console.log(`VAULT_ADDR=${vault.url} VAULT_TOKEN=${vault.rootToken}`);
process.on('SIGTERM', () => {
  void vault.stop().then(() => process.exit(0));
});
