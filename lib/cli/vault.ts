// Opens Vault for a run (CLI or action) from the resolved common parameters and the credentials in the
// process environment (PIPER_vaultToken / FERRY_VAULT_TOKEN, AppRole, GitHub OIDC): one login per run.
import type { VaultOpener } from '../runner';
import { createVaultOpener } from '../vault';
import type { CommandIO } from './command';

export function openVaultFromVars(io: Pick<CommandIO, 'env' | 'log'>): VaultOpener {
  return createVaultOpener({ vars: io.env, log: io.log });
}
