package org.oncoev.corpus.pdf;

import java.util.List;

/** A run of x-contiguous glyphs in a row (sorted by x), spanning {@code x0..x1}. */
record Piece(List<Glyph> glyphs, float x0, float x1) {}
