package dev.lectern.studio;

/** An earlier question of a conversation and the answer it got. */
record Exchange(String question, String answer) {}
