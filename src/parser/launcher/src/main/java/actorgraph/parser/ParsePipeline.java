package actorgraph.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

/**
 * CoreNLP's annotators run in three stages, so that one bad sentence costs that sentence and not
 * the text.
 *
 * <ol>
 * <li>Splitting ({@code tokenize,ssplit}); a sentence longer than {@code maxSentenceTokens} is cut
 * into pieces of at most that many tokens (a 200 KB text without a full stop is one "sentence",
 * and tagging, parsing and coreference grow with a sentence's length).
 * <li>Sentence annotators ({@code pos,lemma,ner,depparse}) over the whole text; if they throw,
 * again sentence by sentence, and a sentence that still fails keeps its tokens with part of speech
 * {@code X}, its word as lemma, no entity and no dependencies.
 * <li>Document annotators ({@code coref}); if they throw, the text is returned without chains.
 * </ol>
 *
 * <p>Token and character offsets are CoreNLP's own, into the text as received: Java strings count
 * UTF-16 code units, as the caller's JavaScript strings do.
 */
final class ParsePipeline {
    /** The part of speech of the tokens of a sentence the annotators could not handle. */
    static final String FAILED_TAG = "X";
    private static final Set<String> SPLITTING = Set.of("tokenize", "cleanxml", "ssplit");
    private static final Set<String> DOCUMENT_LEVEL = Set.of("coref", "coref.mention", "dcoref");

    private final Properties properties;
    private final int maxSentenceTokens;
    /** For tests of the fallback: a sentence holding this text fails in the sentence annotators. */
    private final String faultMarker;
    private StanfordCoreNLP splitting;
    private StanfordCoreNLP sentenceLevel;
    private StanfordCoreNLP documentLevel;

    /** What one parse produced: CoreNLP's JSON, and what it had to give up. */
    record Result(byte[] json, List<Integer> failedSentences, boolean corefFailed) {}

    ParsePipeline(Properties properties, int maxSentenceTokens, String faultMarker) {
        this.properties = properties;
        this.maxSentenceTokens = maxSentenceTokens;
        this.faultMarker = faultMarker;
    }

    /** Loads every model (the slow part, 20-60 s), then parses one sentence so that lazily loaded parts load too. */
    void load() {
        List<String> annotators = Arrays.stream(properties.getProperty("annotators", "").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
        List<String> split = annotators.stream().filter(SPLITTING::contains).toList();
        List<String> document = annotators.stream().filter(DOCUMENT_LEVEL::contains).toList();
        List<String> sentence = annotators.stream()
                .filter(name -> !SPLITTING.contains(name) && !DOCUMENT_LEVEL.contains(name)).toList();
        splitting = stage(split, true);
        sentenceLevel = sentence.isEmpty() ? null : stage(sentence, false);
        documentLevel = document.isEmpty() ? null : stage(document, false);
        parse("The army said it had attacked the depot. Its commander, Ivo Brandt, was killed.");
    }

    private StanfordCoreNLP stage(List<String> annotators, boolean first) {
        Properties stageProperties = new Properties();
        stageProperties.putAll(properties);
        stageProperties.setProperty("annotators", String.join(",", annotators));
        // Later stages run on what the earlier ones made; CoreNLP would otherwise insist on them again.
        return new StanfordCoreNLP(stageProperties, first);
    }

    Result parse(String text) {
        Annotation document = new Annotation(text);
        splitting.annotate(document);
        capSentenceLength(document);
        List<Integer> failed = sentenceLevel == null ? List.of() : annotateSentences(document);
        boolean corefFailed = false;
        if (documentLevel != null) {
            try {
                documentLevel.annotate(document);
            } catch (RuntimeInterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                corefFailed = true;
                document.remove(CorefCoreAnnotations.CorefChainAnnotation.class);
                System.err.println("actorgraph-parser: coreference failed, text returned without chains: " + e);
            }
        }
        return new Result(toJson(document), failed, corefFailed);
    }

    private List<Integer> annotateSentences(Annotation document) {
        try {
            annotateSentenceLevel(document);
            return List.of();
        } catch (RuntimeInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            System.err.println("actorgraph-parser: sentence annotators failed on the whole text, retrying sentence by sentence: " + e);
        }
        List<Integer> failed = new ArrayList<>();
        List<CoreMap> mentions = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (Thread.interrupted()) throw new RuntimeInterruptedException();
            try {
                annotateSentenceLevel(oneSentence(sentence));
            } catch (RuntimeInterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                int index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
                failed.add(index);
                markFailed(sentence);
                System.err.println("actorgraph-parser: sentence " + index + " could not be annotated: " + e);
            }
            List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (found != null) mentions.addAll(found);
        }
        document.set(CoreAnnotations.MentionsAnnotation.class, mentions);
        return failed;
    }

    private void annotateSentenceLevel(Annotation document) {
        if (faultMarker != null) {
            for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                if (sentence.get(CoreAnnotations.TextAnnotation.class).contains(faultMarker)) {
                    throw new IllegalStateException("fault injected by --fault-marker in sentence " + sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
                }
            }
        }
        sentenceLevel.annotate(document);
    }

    /** A document of one sentence whose tokens and sentence are the real ones, so annotations land in place. */
    private static Annotation oneSentence(CoreMap sentence) {
        Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        return one;
    }

    private static void markFailed(CoreMap sentence) {
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            token.setTag(FAILED_TAG);
            token.setLemma(token.word());
            token.setNER("O");
        }
        sentence.set(CoreAnnotations.MentionsAnnotation.class, new ArrayList<>());
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, new SemanticGraph());
        sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, new SemanticGraph());
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, new SemanticGraph());
        sentence.set(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class, new SemanticGraph());
        sentence.set(SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class, new SemanticGraph());
    }

    /**
     * Cuts every sentence longer than {@code maxSentenceTokens} into pieces, at the last comma,
     * semicolon or colon of the piece's second half when there is one, and renumbers sentences and
     * tokens as the sentence splitter does.
     */
    private void capSentenceLength(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= maxSentenceTokens) {
                sentences.add(sentence);
                continue;
            }
            int start = 0;
            while (start < tokens.size()) {
                int end = pieceEnd(tokens, start);
                sentences.add(sentenceOf(text, tokens.subList(start, end)));
                start = end;
            }
        }
        for (int index = 0; index < sentences.size(); index++) {
            CoreMap sentence = sentences.get(index);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class));
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.get(tokens.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class));
            int tokenIndex = 1;
            for (CoreLabel token : tokens) {
                token.setIndex(tokenIndex++);
                token.setSentIndex(index);
            }
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    private int pieceEnd(List<CoreLabel> tokens, int start) {
        int limit = Math.min(tokens.size(), start + maxSentenceTokens);
        if (limit == tokens.size()) return limit;
        for (int end = limit; end > start + maxSentenceTokens / 2; end--) {
            String word = tokens.get(end - 1).word();
            if (word.equals(",") || word.equals(";") || word.equals(":")) return end;
        }
        return limit;
    }

    private static CoreMap sentenceOf(String text, List<CoreLabel> piece) {
        List<CoreLabel> tokens = new ArrayList<>(piece);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

    private byte[] toJson(Annotation document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JSONOutputter().print(document, out, AnnotationOutputter.getOptions(properties));
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out.toByteArray();
    }
}
