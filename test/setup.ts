import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/temp.js";

// Every test file leaves /tmp as it found it.
afterAll(removeTempDirs);
