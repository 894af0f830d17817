// ferry as a library: the steps, the pipeline environment, the runner and the building blocks.
export {};
