package vn.smartcity.ioc.media.domain;

import java.util.ArrayList;
import java.util.List;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A topic's query: words and "quoted phrases" combined with AND, OR, NOT and parentheses (AND binds tighter
 * than OR; two terms side by side mean AND), matched against an article's folded text (VietnameseText) on word
 * boundaries, so diacritics and case never matter: {@code ("lai chau" OR "tam duong") AND (ngap OR "sat lo")
 * NOT "bong da"}. A term ending in {@code *} matches words starting with it ({@code lu*}: lũ, lụt).
 * Parsed once; a malformed query is refused with where.
 */
public final class TopicQuery {

    private sealed interface Node permits Term, And, Or, Not {
    }

    private record Term(String[] words, boolean prefix) implements Node {
    }

    private record And(Node left, Node right) implements Node {
    }

    private record Or(Node left, Node right) implements Node {
    }

    private record Not(Node inner) implements Node {
    }

    public static final int MAX_LENGTH = 1000;

    private final String text;
    private final Node root;

    private TopicQuery(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    public String text() {
        return text;
    }

    public static TopicQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new Invalid("media.query.required");
        }
        if (query.length() > MAX_LENGTH) {
            throw new Invalid("media.query.tooLong", MAX_LENGTH);
        }
        Parser p = new Parser(tokens(query));
        Node root = p.or();
        if (p.pos < p.tokens.size()) {
            throw new Invalid("media.query.unexpected", p.tokens.get(p.pos), p.pos + 1);
        }
        return new TopicQuery(query.strip(), root);
    }

    /** Whether an article matches, given its text already folded ({@link VietnameseText#fold}). */
    public boolean matches(String folded) {
        String padded = " " + folded + " ";
        return eval(root, padded);
    }

    private static boolean eval(Node n, String padded) {
        if (n instanceof Term t) {
            return contains(padded, t);
        } else if (n instanceof And a) {
            return eval(a.left(), padded) && eval(a.right(), padded);
        } else if (n instanceof Or o) {
            return eval(o.left(), padded) || eval(o.right(), padded);
        }
        return !eval(((Not) n).inner(), padded);
    }

    private static boolean contains(String padded, Term t) {
        String phrase = " " + String.join(" ", t.words()) + (t.prefix() ? "" : " ");
        return padded.contains(phrase);
    }

    private static List<String> tokens(String q) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                int end = q.indexOf('"', i + 1);
                if (end < 0) {
                    throw new Invalid("media.query.phraseNotClosed");
                }
                out.add(q.substring(i, end + 1));
                i = end + 1;
            } else {
                int start = i;
                while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && "()\"".indexOf(q.charAt(i)) < 0) {
                    i++;
                }
                out.add(q.substring(start, i));
            }
        }
        return out;
    }

    private static final class Parser {
        final List<String> tokens;
        int pos;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        Node or() {
            Node left = and();
            while ("OR".equals(peek())) {
                pos++;
                left = new Or(left, and());
            }
            return left;
        }

        Node and() {
            Node left = unary();
            while (true) {
                String t = peek();
                if ("AND".equals(t)) {
                    pos++;
                    left = new And(left, unary());
                } else if (t != null && !"OR".equals(t) && !")".equals(t)) {
                    left = new And(left, unary());      // side by side: AND (NOT x too)
                } else {
                    return left;
                }
            }
        }

        Node unary() {
            String t = peek();
            if (t == null) {
                throw new Invalid("media.query.endsEarly");
            }
            pos++;
            switch (t) {
                case "NOT":
                    return new Not(unary());
                case "(":
                    Node inner = or();
                    if (!")".equals(peek())) {
                        throw new Invalid("media.query.parenNotClosed");
                    }
                    pos++;
                    return inner;
                case ")", "AND", "OR":
                    throw new Invalid("media.query.unexpected", t, pos);
                default:
                    return term(t);
            }
        }

        static Node term(String raw) {
            String s = raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
            boolean prefix = !raw.startsWith("\"") && s.endsWith("*");
            String folded = VietnameseText.fold(prefix ? s.substring(0, s.length() - 1) : s);
            if (folded.isEmpty()) {
                throw new Invalid("media.query.noLetters", raw);
            }
            return new Term(folded.split(" "), prefix);
        }
    }
}
