import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { YamlSource } from './read-yaml.js';
import { isInside, resolvesInside } from './course-files.js';

/**
 * Warns about each folder that course.yaml's `sourceTexts` names outside the
 * course (by `..`, an absolute path or a link): whoever shares the course
 * can then have Lectern read, and quote back in a hint, any text file of
 * that folder on the machine that builds it. The folder is still searched;
 * a folder passed with --source-texts is the user's own choice and is not
 * warned about.
 */
export function warnSourceTextsOutside(folders: string[], root: string, yaml: YamlSource, diagnostics: Diagnostics): void {
  folders.forEach((folder, i) => {
    const path = resolve(root, folder);
    const outside = isAbsolute(folder) || !isInside(root, path) || (existsSync(path) && !resolvesInside(root, path));
    if (!outside) return;
    diagnostics.warning(yaml.file, yaml.locate(['sourceTexts', i]), 'source-texts-outside', `the sourceTexts folder "${folder}" is outside the course: sources may name any text file in it`, {
      hint: 'copy the texts into a folder of the course (such as texts/) and list that one; a folder shared by several courses can be given for one run with --source-texts',
    });
  });
}
