/**
 * Retrieval evaluation on BEIR data sets; exposed because the command line ({@code eval retrieval}) starts it
 * from the application's main class.
 */
@org.springframework.modulith.NamedInterface("evaluation")
package dev.lectern.retrieval.evaluation;
