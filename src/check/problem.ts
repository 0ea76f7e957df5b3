/** A problem found in one content file, phrased for an editor. Every check reports these. */
export interface ContentProblem {
  file: string;
  /** Line in the file, when it is known. */
  line?: number | undefined;
  field: string;
  message: string;
  /** A likely mistake that does not stop the build (the written standard, for example). */
  warning?: true;
}
