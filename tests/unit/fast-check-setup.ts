// Property tests run with a fixed seed so a CI run is reproducible; set FC_SEED to explore others
// (e.g. `FC_SEED=$RANDOM npx vitest run tests/unit`).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
