/**
 * How far a long job has got: {@link jp.mynacard.progress.StepProgress} (container-free) turns a
 * step's done and total counts and its elapsed time into a percentage, a rate, an estimate of the
 * time left and the job log's progress line; thin batch artifacts (a partition collector, analyzer
 * and reducer, a step listener) feed a {@link jp.mynacard.progress.ProgressBoard}, which prints
 * those lines in the job log at least every ten seconds, keeps the MicroProfile Metrics that {@code
 * /metrics} shows operators, and gives the job report its {@code progress}. Only counts, job and
 * step names pass through here: never a resident's data.
 */
package jp.mynacard.progress;
