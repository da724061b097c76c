/**
 * The O*NET release this code reads, and the attribution its licence (CC BY 4.0)
 * requires wherever the data is shown or exported.
 */

/** The release `npm run data:onet` fetches and the tables are validated against. */
export const ONET_RELEASE = '29.3';

export const ONET_DOWNLOAD_URL = 'https://www.onetcenter.org/dl_files/database/db_29_3_text.zip';

export const ONET_LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The attribution text, word for word as O*NET asks for it. */
export function attributionOf(release: string): string {
  return (
    `This product includes information from the O*NET ${release} Database by the U.S. Department of Labor, ` +
    'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
    'O*NET® is a trademark of USDOL/ETA.'
  );
}

export interface OnetRelease {
  /** `29.3` */
  readonly version: string;
  /** `O*NET 29.3 Database, May 2025 Release` */
  readonly label: string;
}

/**
 * The release named by `Read Me.txt` ("O*NET 29.3 Database" on the first line,
 * "May 2025 Release" on the second), or null when the note says nothing we know.
 */
export function parseReleaseNote(text: string): OnetRelease | null {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines[0] ?? '';
  const match = /^O\*NET\s+(\d+\.\d+)\s+Database$/i.exec(first);
  if (!match?.[1]) return null;
  const when = lines[1] && /release$/i.test(lines[1]) ? `, ${lines[1]}` : '';
  return { version: match[1], label: `O*NET ${match[1]} Database${when}` };
}
