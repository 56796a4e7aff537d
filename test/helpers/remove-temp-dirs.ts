import { afterAll } from 'vitest';
import { removeTempDirs } from './paths.js';

// Each test file removes the temporary folders it made, once all its tests (and their own afterAll hooks) are done.
afterAll(removeTempDirs);
