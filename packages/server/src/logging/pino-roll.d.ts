// pino-roll ships no types: the part of its API the file sink uses (its README, "build(options) => SonicBoom").
declare module 'pino-roll' {
  import type { DestinationStream } from 'pino';

  type Options = {
    file: string | (() => string);
    size?: number | string;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    mkdir?: boolean;
    symlink?: boolean;
    dateFormat?: string;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
  };
  export default function build(
    options: Options,
  ): Promise<DestinationStream & { end(): void; once(event: 'close', f: () => void): void }>;
}
