package nl.kennisveiligheid.signals.control.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.kennisveiligheid.signals.api.SanctionsSource;

/**
 * Reads a list file in its publisher's format, after the checks every file gets: not empty, not larger than the
 * limit, a zip (the OFAC CSV set) unpacked within limits (a zip bomb is refused), the format the source expects
 * (XML root, CSV columns, encoding). A file that is not what it claims to be raises a {@link ListFileProblem};
 * nothing of it is kept.
 */
public final class SanctionsFiles {

    /** How many entries a zip may hold. */
    static final int MAX_ZIP_ENTRIES = 20;
    /** How many times larger than the zip its content may be. */
    static final int MAX_ZIP_RATIO = 100;

    private SanctionsFiles() {
    }

    /** The edition {@code content} holds for {@code source}; {@code maxBytes} bounds the file and its unpacked content. */
    public static ParsedEdition read(SanctionsSource source, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new ListFileProblem("file.empty");
        }
        if (content.length > maxBytes) {
            throw new ListFileProblem("file.tooLarge", maxBytes / 1024);
        }
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return switch (source) {
            case UN -> UnListFile.read(xml(content, zip));
            case EU -> EuFsfFile.read(xml(content, zip));
            case NL, NL_ORGANISATIONS -> AuthorityListFile.read(utf8(notZip(content, zip)));
            case ASPI_TRACKER -> OrganisationListFiles.readAspiTracker(utf8(notZip(content, zip)));
            case CA_NRO -> OrganisationListFiles.readCanadaNro(utf8(notZip(content, zip)));
            case UK -> looksLikeXml(notZip(content, zip)) ? UkFcdoFile.read(content) : UkConListFile.read(content);
            case OFAC_SDN, OFAC_CONS -> ofac(content, zip, maxBytes);
        };
    }

    private static ParsedEdition ofac(byte[] content, boolean zip, long maxBytes) {
        if (!zip) {
            return looksLikeXml(content) ? OfacFile.readXml(content) : OfacFile.readCsv(content, null);
        }
        Map<String, byte[]> files = unzip(content, maxBytes);
        byte[] primary = first(files, "sdn.csv", "cons_prim.csv");
        if (primary == null) {
            byte[] xml = files.entrySet().stream().filter(e -> e.getKey().endsWith(".xml")).map(Map.Entry::getValue).findFirst().orElse(null);
            if (xml == null) {
                throw new ListFileProblem("file.zipContent", "sdn.csv, cons_prim.csv, *.xml");
            }
            return OfacFile.readXml(xml);
        }
        return OfacFile.readCsv(primary, first(files, "alt.csv", "cons_alt.csv"));
    }

    private static byte[] first(Map<String, byte[]> files, String... names) {
        for (String name : names) {
            if (files.containsKey(name)) {
                return files.get(name);
            }
        }
        return null;
    }

    private static byte[] xml(byte[] content, boolean zip) {
        notZip(content, zip);
        if (!looksLikeXml(content)) {
            throw new ListFileProblem("file.notXml");
        }
        return content;
    }

    private static byte[] notZip(byte[] content, boolean zip) {
        if (zip) {
            throw new ListFileProblem("file.zipNotExpected");
        }
        return content;
    }

    private static boolean looksLikeXml(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    /** The text of a UTF-8 file (a byte-order mark dropped); a file in another encoding is refused. */
    static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ListFileProblem("file.notUtf8");
        }
    }

    /** The files of a zip by their lower-case names without folders, within the limits of entries, size and ratio. */
    static Map<String, byte[]> unzip(byte[] content, long maxBytes) {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        long limit = Math.min(maxBytes, (long) content.length * MAX_ZIP_RATIO);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            byte[] buffer = new byte[65_536];
            while ((entry = zip.getNextEntry()) != null) {
                if (files.size() >= MAX_ZIP_ENTRIES) {
                    throw new ListFileProblem("file.zipBomb");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > limit) {
                        throw new ListFileProblem("file.zipBomb");
                    }
                    out.write(buffer, 0, read);
                }
                String name = entry.getName().replace('\\', '/');
                files.put(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT), out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ListFileProblem("file.zipBroken");
        }
        if (files.isEmpty()) {
            throw new ListFileProblem("file.zipBroken");
        }
        return files;
    }
}
