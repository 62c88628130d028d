/**
 * The model checker (parley check, validate's warnings, the workbench's hints): findings about
 * likely modelling mistakes, each with the place in the file and the words to fix it.
 */
package dev.parley.app.check;
