// Runs in every test file: removes the temporary directories its tests made (test/helpers/temp-dirs.ts).
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp-dirs';

afterAll(removeTempDirs);
