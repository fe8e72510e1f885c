package nl.kennisveiligheid.signals.control.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.control.matching.IndexedDesignation;

/** The real list files of the test resources ({@code sanctions/SOURCES.md}), read as the product reads them. */
public final class RealListFiles {

    public static final long LIMIT = 64L * 1024 * 1024;

    private RealListFiles() {
    }

    /** A file of the test resources (or the demo edition of the UN list), as bytes; a missing file fails naming it. */
    public static byte[] bytes(String path) {
        String resource = path.equals("un/un_consolidated_2026-08-01.xml") ? "nl/kennisveiligheid/signals/demo/un_consolidated_2026-08-01.xml"
                : path.startsWith("organisations/") ? path : "sanctions/" + path;
        try (InputStream in = RealListFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test file " + resource + " (see SOURCES.md in its folder of src/test/resources)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of files of the test resources, each under its own name. */
    public static byte[] zip(String... paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String path : paths) {
                zip.putNextEntry(new ZipEntry(path.substring(path.lastIndexOf('/') + 1)));
                zip.write(bytes(path));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The newest edition of each source at hand (about 32,000 names with aliases). */
    public static List<IndexedDesignation> newestEditions() {
        List<IndexedDesignation> all = new ArrayList<>();
        add(all, SanctionsSource.UN, 1, bytes("un/un_consolidated_2026-08-01.xml"));
        add(all, SanctionsSource.OFAC_SDN, 2, zip("ofac/sdn_csv_2021-07/sdn.csv", "ofac/sdn_csv_2021-07/alt.csv", "ofac/sdn_csv_2021-07/add.csv"));
        add(all, SanctionsSource.OFAC_CONS, 3, bytes("ofac/ofac_consolidated_nonsdn_2026-01-08.xml"));
        add(all, SanctionsSource.UK, 4, bytes("uk/ofsi_conlist_2018-04-13.csv"));
        return all;
    }

    private static void add(List<IndexedDesignation> all, SanctionsSource source, long edition, byte[] content) {
        SanctionsFiles.read(source, content, LIMIT).designations().forEach(d -> all.add(new IndexedDesignation(source, edition, d)));
    }
}
