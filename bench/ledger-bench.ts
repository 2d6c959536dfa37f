/**
 * The ledger core in process: append rate, proof latency and peak RSS at 1M entries, and a
 * build+prove baseline against merkletreejs configured for RFC 6962. Each side runs in its
 * own child process so that peak RSS is measured for each alone.
 */
import { spawnSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import merkletreejs from 'merkletreejs';
import { encodeLogEntry } from '../src/ledger/log-entry.js';
import type { LogEntry } from '../src/ledger/log-entry.js';
import { MemoryHashStore } from '../src/ledger/memory-hash-store.js';
import { MerkleFrontier } from '../src/ledger/merkle-frontier.js';
import { leafHash } from '../src/ledger/merkle-hash.js';
import { consistencyProof, inclusionProof, treeRoot } from '../src/ledger/merkle-proofs.js';
import { verifyConsistency, verifyInclusion } from '../src/ledger/merkle-verify.js';

const N = Number(process.env['LEDGER_BENCH_ENTRIES'] ?? 1_000_000);
const SAMPLES = Number(process.env['LEDGER_BENCH_SAMPLES'] ?? 3000);
const WARMUP = 1000;
const CHUNK = 10_000;
const COMPARE_PROOFS = 200;

type OursResult = {
  avgEntryBytes: number;
  encodeSeconds: number;
  appendSeconds: number;
  root: string;
  inclusionMs: number[];
  consistencyMs: number[];
  proveSeconds: number;
  proofsHex: string[][];
  maxRssMb: number;
};

type BaselineResult = {
  leafSeconds: number;
  buildSeconds: number;
  proveSeconds: number;
  root: string;
  proofsHex: string[][];
  verifiedSample: boolean;
  maxRssMb: number;
};

// Deterministic PRNG (mulberry32) so both child processes see identical entries and samples.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['shelling', 'drone_strike', 'troop_movement', 'explosion', 'access_restriction', 'civilian_harm'];
const PLACES = ['Sudzha', 'Kupiansk', 'Pokrovsk', 'Kherson', 'Zaporizhzhia', 'Vovchansk'];

/** ~200-byte realistic entries, chunk by chunk, so 1M entries never sit in memory at once. */
function* entryChunks(): Generator<Buffer[]> {
  const rand = rng(20250313);
  const start = Date.parse('2025-03-14T00:00:00Z');
  for (let base = 0; base < N; base += CHUNK) {
    const chunk: Buffer[] = [];
    for (let i = base; i < Math.min(N, base + CHUNK); i++) {
      const e: LogEntry = {
        type: 'report.created',
        at: new Date(start + i * 1000).toISOString(),
        actor: `user:monitor-${Math.floor(rand() * 400)}`,
        id: `rep_${i.toString(36).padStart(8, '0')}`,
        data: {
          kind: KINDS[Math.floor(rand() * KINDS.length)],
          place: PLACES[Math.floor(rand() * PLACES.length)],
          lat: Math.round((46 + rand() * 6) * 1e4) / 1e4,
          lon: Math.round((32 + rand() * 6) * 1e4) / 1e4,
          count: Math.floor(rand() * 12),
          reliability: 'ABCDEF'[Math.floor(rand() * 6)],
        },
      };
      chunk.push(encodeLogEntry(e));
    }
    yield chunk;
  }
}

function samples(seed: number, count: number, min: number, max: number): number[] {
  const rand = rng(seed);
  return Array.from({ length: count }, () => min + Math.floor(rand() * (max - min + 1)));
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;
const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function runOurs(): Promise<OursResult> {
  const store = new MemoryHashStore();
  const frontier = new MerkleFrontier();
  let encodeSeconds = 0;
  let appendSeconds = 0;
  let bytes = 0;
  let t = process.hrtime.bigint();
  for (const chunk of entryChunks()) {
    encodeSeconds += seconds(t);
    const t0 = process.hrtime.bigint();
    for (const entry of chunk) store.writeHashes(frontier.append(leafHash(entry)));
    appendSeconds += seconds(t0);
    for (const entry of chunk) bytes += entry.length;
    t = process.hrtime.bigint();
  }
  const root = frontier.root();

  const indexes = samples(1, WARMUP + SAMPLES, 0, N - 1);
  const inclusionMs: number[] = [];
  let proveSeconds = 0;
  const proofsHex: string[][] = [];
  for (const [k, index] of indexes.entries()) {
    const [leaf] = store.readHashesSync([{ level: 0, index }]);
    const t0 = process.hrtime.bigint();
    const proof = await inclusionProof(index, N, store);
    const genSeconds = seconds(t0);
    const ok = verifyInclusion(index, N, leaf as Buffer, proof, root);
    const totalMs = seconds(t0) * 1000;
    if (!ok) throw new Error(`inclusion proof for ${index} did not verify`);
    if (k >= WARMUP) {
      inclusionMs.push(totalMs);
      proveSeconds += genSeconds;
      if (proofsHex.length < COMPARE_PROOFS) proofsHex.push(proof.map((p) => p.toString('hex')));
    }
  }

  const froms = samples(2, WARMUP + SAMPLES, 1, N - 1);
  const consistencyMs: number[] = [];
  for (const [k, from] of froms.entries()) {
    const fromRoot = await treeRoot(from, store);
    const t0 = process.hrtime.bigint();
    const proof = await consistencyProof(from, N, store);
    const ok = verifyConsistency(from, N, fromRoot, root, proof);
    const totalMs = seconds(t0) * 1000;
    if (!ok) throw new Error(`consistency proof ${from} -> ${N} did not verify`);
    if (k >= WARMUP) consistencyMs.push(totalMs);
  }
  return {
    avgEntryBytes: bytes / N,
    encodeSeconds,
    appendSeconds,
    root: root.toString('hex'),
    inclusionMs,
    consistencyMs,
    proveSeconds,
    proofsHex,
    maxRssMb: maxRssMb(),
  };
}

async function runBaseline(): Promise<BaselineResult> {
  const ONE = Buffer.from([0x01]);
  const sha256 = (data: unknown): Buffer => hash('sha256', data as Buffer, 'buffer');
  const leaves: Buffer[] = [];
  let leafSeconds = 0;
  for (const chunk of entryChunks()) {
    const t0 = process.hrtime.bigint();
    for (const entry of chunk) leaves.push(leafHash(entry));
    leafSeconds += seconds(t0);
  }
  const t0 = process.hrtime.bigint();
  // RFC 6962 settings: pre-hashed leaves, 0x01 ‖ left ‖ right for nodes, no sorting, and a
  // lone right node promoted unchanged (duplicateOdd false), which yields the RFC 6962 tree
  // for every size, not only powers of two.
  const tree = new merkletreejs.MerkleTree(leaves, sha256, {
    hashLeaves: false,
    concatenator: (inputs: Buffer[]) => Buffer.concat([ONE, ...inputs]),
    sort: false,
    sortLeaves: false,
    sortPairs: false,
    duplicateOdd: false,
    isBitcoinTree: false,
    complete: false,
  });
  const buildSeconds = seconds(t0);
  const root = tree.getRoot();

  const indexes = samples(1, WARMUP + SAMPLES, 0, N - 1);
  let proveSeconds = 0;
  const proofsHex: string[][] = [];
  for (const [k, index] of indexes.entries()) {
    const t1 = process.hrtime.bigint();
    const proof = tree.getProof(leaves[index] as Buffer, index);
    if (k >= WARMUP) {
      proveSeconds += seconds(t1);
      if (proofsHex.length < COMPARE_PROOFS) proofsHex.push(proof.map((p) => p.data.toString('hex')));
    }
  }
  const first = indexes[0] as number;
  const verifiedSample = tree.verify(tree.getProof(leaves[first] as Buffer, first), leaves[first] as Buffer, root);
  return { leafSeconds, buildSeconds, proveSeconds, root: root.toString('hex'), proofsHex, verifiedSample, maxRssMb: maxRssMb() };
}

function child<T>(phase: 'ours' | 'baseline'): T {
  const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), phase], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (out.status !== 0) throw new Error(`ledger bench ${phase} phase failed with status ${String(out.status)}`);
  return JSON.parse(out.stdout) as T;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

function line(name: string, value: string, target?: string, ok?: boolean): void {
  const verdict = target === undefined ? '' : ` (target ${target}) ${ok === true ? 'OK' : 'FAIL'}`;
  console.log(`ledger.${name} ${value}${verdict}`);
}

export async function run(): Promise<void> {
  const ours = child<OursResult>('ours');
  const base = child<BaselineResult>('baseline');

  const appendRate = N / ours.appendSeconds;
  const incMedian = percentile(ours.inclusionMs, 0.5);
  const conMedian = percentile(ours.consistencyMs, 0.5);
  const oursBuildProve = ours.appendSeconds + ours.proveSeconds;
  const baseBuildProve = base.leafSeconds + base.buildSeconds + base.proveSeconds;
  const speedup = baseBuildProve / oursBuildProve;
  const proofsMatch = base.proofsHex.length === ours.proofsHex.length && base.proofsHex.every((p, i) => p.join() === ours.proofsHex[i]?.join());

  line('entries', `${N} (avg ${ours.avgEntryBytes.toFixed(0)} bytes of canonical JSON)`);
  line('encode_per_s', `${Math.round(N / ours.encodeSeconds)} (canonical JSON + UTF-8, not part of append)`);
  line('append_per_s', String(Math.round(appendRate)), '>= 100000', appendRate >= 100_000);
  line('root', ours.root);
  line('inclusion_median_ms', incMedian.toFixed(3), '< 1', incMedian < 1);
  line('inclusion_p99_ms', percentile(ours.inclusionMs, 0.99).toFixed(3));
  line('consistency_median_ms', conMedian.toFixed(3), '< 1', conMedian < 1);
  line('consistency_p99_ms', percentile(ours.consistencyMs, 0.99).toFixed(3));
  line('proof_samples', `${SAMPLES} inclusion + ${SAMPLES} consistency at size ${N} (generation + verification each)`);
  line('rss_mb', ours.maxRssMb.toFixed(0), '< 300', ours.maxRssMb < 300);
  line('baseline.merkletreejs_root_equal', String(base.root === ours.root));
  line('baseline.merkletreejs_proofs_equal', `${String(proofsMatch)} (first ${COMPARE_PROOFS} inclusion proofs, element by element)`);
  line('baseline.merkletreejs_verify_ok', String(base.verifiedSample));
  line('ours.build_prove_s', `${oursBuildProve.toFixed(3)} (leaf hash + append + store ${ours.appendSeconds.toFixed(3)}, ${SAMPLES} proofs ${ours.proveSeconds.toFixed(3)})`);
  line(
    'merkletreejs.build_prove_s',
    `${baseBuildProve.toFixed(3)} (leaf hash ${base.leafSeconds.toFixed(3)}, build ${base.buildSeconds.toFixed(3)}, ${SAMPLES} proofs ${base.proveSeconds.toFixed(3)})`,
  );
  line('merkletreejs.rss_mb', base.maxRssMb.toFixed(0));
  line('speedup_vs_merkletreejs', `${speedup.toFixed(2)}x (merkletreejs time / ours, build+prove)`, '>= 5', speedup >= 5);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const phase = process.argv[2];
  const result = phase === 'ours' ? await runOurs() : phase === 'baseline' ? await runBaseline() : null;
  if (result === null) throw new Error('usage: ledger-bench.ts ours|baseline (or run it through bench/run.ts)');
  process.stdout.write(JSON.stringify(result));
}
