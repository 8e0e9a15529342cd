/**
 * Reads the labelled comment sets of ../shared/data (see its README) for the risk benchmark and the quality
 * tests. They are never copied into the repository: when the folder is absent, `loadCorpora` returns null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

export interface Sample {
  text: string;
  positive: boolean;
  /** Davidson only: 0 hate, 1 offensive, 2 neither. */
  label?: number;
}

export interface Corpus {
  name: string;
  kind: 'abuse' | 'spam';
  samples: Sample[];
}

const here = dirname(fileURLToPath(import.meta.url));

/** ../shared/data relative to the repository, or $TACT_DATA_DIR. */
export function dataDir(): string {
  return process.env.TACT_DATA_DIR ?? resolve(here, '..', '..', 'shared', 'data');
}

function rows(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
}

export function loadCorpora(dir = dataDir()): Corpus[] | null {
  if (!existsSync(join(dir, 'davidson_en', 'labeled_data.csv'))) return null;
  const davidson = rows(join(dir, 'davidson_en', 'labeled_data.csv')).map((r) => ({
    text: r.tweet ?? '',
    label: Number(r.class),
    positive: r.class !== '2',
  }));
  const mlma = rows(join(dir, 'mlma_fr', 'fr_dataset.csv')).map((r) => ({
    text: r.tweet ?? '',
    positive: r.sentiment !== 'normal',
  }));
  const sms = readFileSync(join(dir, 'sms_spam_en', 'SMSSpamCollection.tsv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { text: line.slice(tab + 1), positive: line.slice(0, tab) === 'spam' };
    });
  const youtubeDir = join(dir, 'youtube_spam_en');
  const youtube = readdirSync(youtubeDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) =>
      rows(join(youtubeDir, f)).map((r) => ({ text: r.CONTENT ?? '', positive: r.label === '1' })),
    );
  return [
    { name: 'davidson_en', kind: 'abuse', samples: davidson },
    { name: 'mlma_fr', kind: 'abuse', samples: mlma },
    { name: 'sms_spam_en', kind: 'spam', samples: sms },
    { name: 'youtube_spam_en', kind: 'spam', samples: youtube },
  ];
}
