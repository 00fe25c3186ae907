package org.oncoev.corpus.text;

import java.util.Map;
import java.util.Set;

/** What LaTeX commands inside {@code $...$} become: relations and operators as Unicode symbols. */
final class LatexCommands {
    private LatexCommands() {}

    /** Commands replaced by a symbol ({@code \geq} becomes {@code ≥}, {@code \times} becomes {@code ×}). */
    static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("geq", "\u2265"), Map.entry("ge", "\u2265"), Map.entry("geqslant", "\u2265"),
            Map.entry("leq", "\u2264"), Map.entry("le", "\u2264"), Map.entry("leqslant", "\u2264"),
            Map.entry("neq", "\u2260"), Map.entry("ne", "\u2260"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("ll", "\u226A"), Map.entry("gg", "\u226B"), Map.entry("approx", "\u2248"),
            Map.entry("sim", "~"), Map.entry("simeq", "\u2243"), Map.entry("equiv", "\u2261"),
            Map.entry("times", "\u00D7"), Map.entry("pm", "\u00B1"), Map.entry("mp", "\u2213"),
            Map.entry("cdot", "\u00B7"), Map.entry("div", "\u00F7"), Map.entry("infty", "\u221E"),
            Map.entry("to", "\u2192"), Map.entry("rightarrow", "\u2192"), Map.entry("leftarrow", "\u2190"),
            Map.entry("circ", "\u00B0"), Map.entry("degree", "\u00B0"), Map.entry("prime", "'"),
            Map.entry("ldots", "..."), Map.entry("cdots", "..."), Map.entry("dots", "..."),
            Map.entry("alpha", "\u03B1"), Map.entry("beta", "\u03B2"), Map.entry("gamma", "\u03B3"),
            Map.entry("delta", "\u03B4"), Map.entry("epsilon", "\u03B5"), Map.entry("varepsilon", "\u03B5"),
            Map.entry("zeta", "\u03B6"), Map.entry("eta", "\u03B7"), Map.entry("theta", "\u03B8"),
            Map.entry("kappa", "\u03BA"), Map.entry("lambda", "\u03BB"), Map.entry("mu", "\u03BC"),
            Map.entry("nu", "\u03BD"), Map.entry("xi", "\u03BE"), Map.entry("pi", "\u03C0"),
            Map.entry("rho", "\u03C1"), Map.entry("sigma", "\u03C3"), Map.entry("tau", "\u03C4"),
            Map.entry("phi", "\u03C6"), Map.entry("varphi", "\u03C6"), Map.entry("chi", "\u03C7"),
            Map.entry("psi", "\u03C8"), Map.entry("omega", "\u03C9"), Map.entry("Gamma", "\u0393"),
            Map.entry("Delta", "\u0394"), Map.entry("Theta", "\u0398"), Map.entry("Lambda", "\u039B"),
            Map.entry("Sigma", "\u03A3"), Map.entry("Phi", "\u03A6"), Map.entry("Psi", "\u03A8"),
            Map.entry("Omega", "\u03A9"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("&", "&"),
            Map.entry("#", "#"), Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry(",", " "), Map.entry(";", " "), Map.entry(":", " "), Map.entry(" ", " "),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("!", ""), Map.entry("left", ""),
            Map.entry("right", ""), Map.entry("big", ""), Map.entry("Big", ""), Map.entry("bigl", ""),
            Map.entry("bigr", ""), Map.entry("displaystyle", ""), Map.entry("textstyle", ""));

    /** Font and text commands whose braces are dropped and content kept ({@code \text{mL}} becomes {@code mL}). */
    static final Set<String> WRAPPERS = Set.of("text", "textrm", "textit", "textbf", "textsf", "texttt",
            "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathcal", "mathbb", "boldsymbol", "bm",
            "operatorname", "mbox", "hbox", "emph", "rm", "it", "bf", "textup", "mathup", "textnormal");
}
