import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from './config.ts';

describe('loadSettings', () => {
  it('keeps the audit checkpoints beside the data directory in force, an override included, unless named', () => {
    expect(loadSettings({ CLAIMLINE_DATA_DIR: '/srv/a' }).auditCheckpointFile).toBe(
      path.resolve('/srv/a/audit-checkpoints.jsonl'),
    );
    expect(loadSettings({ CLAIMLINE_DATA_DIR: '/srv/a' }, { dataDir: '/srv/b' }).auditCheckpointFile).toBe(
      path.resolve('/srv/b/audit-checkpoints.jsonl'),
    );
    expect(
      loadSettings(
        { CLAIMLINE_DATA_DIR: '/srv/a', CLAIMLINE_AUDIT_CHECKPOINT_FILE: '/worm/cp.jsonl' },
        { dataDir: '/srv/b' },
      ).auditCheckpointFile,
    ).toBe(path.resolve('/worm/cp.jsonl'));
  });
});
