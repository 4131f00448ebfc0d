// A progress bar for long builds, on stderr, only when stderr is a terminal and the input is large:
// small builds and logs, pipes and CI stay quiet.
import { SingleBar, Presets } from 'cli-progress';

const LARGE = 500;

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total < LARGE || !stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar(
    { stream, format: 'dataset [{bar}] {value}/{total} articles · {eta_formatted} left', etaBuffer: 200, fps: 5 },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
