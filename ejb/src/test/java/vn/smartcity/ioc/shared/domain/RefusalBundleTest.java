package vn.smartcity.ioc.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every refusal a user reads is in both languages: the two bundles have the same keys and arguments, every key the
 * code names has its texts, and the domain and application layers refuse with a {@link Text}, never an English
 * sentence (issue #24).
 */
class RefusalBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/smartcity/ioc");
    /** A key the code names: in a refusal's constructor, quoted, context.what (a prefix ends with a dot). */
    private static final Pattern KEY = Pattern.compile(
            "(?:new (?:Invalid|NotNow|Text|IllegalTransitionException|\\w*Refus\\w*|\\w*Reference\\w*|\\w*Rejected)|Text\\.of|refuse)\\((?:[^()]*?,\\s*)?\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+\\.?)\"");
    /** Any literal that is all a key of a context's refusals, wherever the code passes it (a helper, a field). */
    private static final Pattern CONTEXT_KEY = Pattern.compile(
            "\"((?:incident|camera|report|media|secmon|violation|analytics|identity|dossier|lighting)\\.[a-zA-Z0-9.]+)\"");
    /** An English sentence thrown where a user may read it. */
    private static final Pattern ENGLISH_THROW = Pattern.compile(
            "new (?:IllegalArgumentException|IllegalStateException|IllegalTransitionException\\([^,]*,[^,]*,)\\s*\\(?\\s*\"");

    private final Properties english = load("refusals.properties");
    private final Properties vietnamese = load("refusals_vi.properties");
    /** The console's bundle, where the keys of {@code shared.application.Refusal} are (in both languages there). */
    private final Properties console = loadFile(Path.of("../web/src/main/resources/vn/smartcity/ioc/web/i18n/messages.properties"));

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(vietnamese.stringPropertyNames());
        Set<String> onlyVietnamese = new TreeSet<>(vietnamese.stringPropertyNames());
        onlyVietnamese.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys without a Vietnamese text");
        assertEquals(Set.of(), onlyVietnamese, "keys without an English text");
    }

    @Test
    void bothTextsOfAKeyTakeTheSameArguments() {
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            int en = new MessageFormat(english.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            int vi = new MessageFormat(vietnamese.getProperty(key, ""), Locale.forLanguageTag("vi")).getFormatsByArgumentIndex().length;
            if (en != vi) {
                wrong.add(key + " (" + en + " / " + vi + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyKeyTheCodeNamesHasItsTexts() throws IOException {
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path file : sources()) {
            String source = Files.readString(file);
            Set<String> keys = new java.util.LinkedHashSet<>();
            for (Pattern p : List.of(KEY, CONTEXT_KEY)) {
                Matcher m = p.matcher(source);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
            for (String key : keys) {
                named++;
                boolean known = key.endsWith(".")
                        ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : english.containsKey(key) || console.containsKey(key);
                if (!known) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(named > 10, "the scan found the keys the code names (" + named + ")");
    }

    @Test
    void domainAndApplicationLayersDoNotRefuseInEnglish() throws IOException {
        List<String> english = new ArrayList<>();
        for (Path file : sources()) {
            String path = file.toString().replace('\\', '/');
            if (!path.contains("/domain/") && !path.contains("/application/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (ENGLISH_THROW.matcher(lines.get(i)).find() && !lines.get(i).contains("// a defect, not a refusal")) {
                    english.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), english, "refuse with new Invalid/NotNow(key, ...) and the texts in refusals*.properties");
    }

    @Test
    void aTextIsSaidInTheReadersLanguage() {
        Text text = new Text("violation.notAPlate", "ABC");
        assertEquals("'ABC' is not a Vietnamese plate", text.english());
        assertEquals("'ABC' không phải là biển số xe Việt Nam", text.in(Locale.forLanguageTag("vi-VN")));
        assertEquals(text.english(), text.in(Locale.FRENCH));
        assertEquals(text.english(), new Invalid(text).getMessage());
    }

    @Test
    void aSentenceTheIocWroteIsKeptAndReadInEachLanguage() {
        String column = new Text("violation.note.plateCorrected", "officer1", "29A-111.11", "29A-111.12").stored();
        assertEquals("Plate corrected by officer1: 29A-111.11 → 29A-111.12", Text.read(column, Locale.ENGLISH));
        assertEquals("Biển số được officer1 sửa: 29A-111.11 → 29A-111.12", Text.read(column, Locale.forLanguageTag("vi")));
        assertEquals("Không có quy định nào của biểu mức phạt đang có hiệu lực áp dụng được",
                Text.read(new Text("violation.note.noRule").stored(), Locale.forLanguageTag("vi")));
        // what a person wrote is shown as written, in every language
        assertEquals("Xe cứu thương đang làm nhiệm vụ", Text.read("Xe cứu thương đang làm nhiệm vụ", Locale.ENGLISH));
        assertEquals(java.util.Optional.empty(), Text.parse("text:violation.note.noRule"));
        assertEquals(null, Text.read(null, Locale.ENGLISH));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Properties loadFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String name) {
        try (InputStream in = RefusalBundleTest.class.getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
