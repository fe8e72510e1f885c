package nl.kennisveiligheid.signals.control.lists;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a list file read as a small tree (one designation at a time, never the whole file), and the safe
 * reader for such files: no DTD, no external entities; a file with a document type declaration is refused.
 */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {

    /** The first child named {@code child}, or null. */
    XmlNode child(String child) {
        for (XmlNode node : children) {
            if (node.name.equals(child)) {
                return node;
            }
        }
        return null;
    }

    /** Every child named {@code child}. */
    List<XmlNode> all(String child) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode node : children) {
            if (node.name.equals(child)) {
                out.add(node);
            }
        }
        return out;
    }

    /** The trimmed text of the first child named {@code child}, or "" when there is none. */
    String text(String child) {
        XmlNode node = child(child);
        return node == null ? "" : node.text;
    }

    /** The trimmed attribute {@code name}, or "". */
    String attribute(String attribute) {
        String value = attributes.get(attribute);
        return value == null ? "" : value.trim();
    }

    /** What a list reader does with an element below the root: reads it (as a tree) when it is one it wants. */
    interface ElementReader {
        void read(String name, XMLStreamReader reader) throws XMLStreamException;
    }

    /**
     * Reads a list file: the root must be {@code expectedRoot}; every element below it goes to {@code elements}.
     * Returns the root's attributes. A file that is not well-formed, truncated or holds a DTD is refused.
     */
    static Map<String, String> each(byte[] content, String expectedRoot, ElementReader elements) {
        XMLStreamReader reader = reader(content);
        String root = root(reader);
        if (!expectedRoot.equals(root)) {
            throw new ListFileProblem("file.wrongRoot", root, expectedRoot);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        try {
            String name;
            while ((name = nextStart(reader)) != null) {
                elements.read(name, reader);
            }
        } catch (XMLStreamException e) {
            throw problem(e);
        }
        return attributes;
    }

    /** A safe streaming reader of {@code content}: DTDs and external entities off. */
    static XMLStreamReader reader(byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return factory.createXMLStreamReader(new ByteArrayInputStream(content));
        } catch (XMLStreamException e) {
            throw new ListFileProblem("file.notXml");
        }
    }

    /** Moves to the next start element (null at the end); a DTD or an entity reference is refused. */
    static String nextStart(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ListFileProblem("file.dtd");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return reader.getLocalName();
            }
        }
        return null;
    }

    /** The root element's local name; a file that does not start as XML is refused. */
    static String root(XMLStreamReader reader) {
        try {
            String root = nextStart(reader);
            if (root == null) {
                throw new ListFileProblem("file.notXml");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new ListFileProblem("file.notXml");
        }
    }

    /** Reads the element the reader is on, with everything in it, as a tree. */
    static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(reader));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new ListFileProblem("file.dtd");
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, attributes, text.toString().trim(), children);
                }
                default -> {
                }
            }
        }
        throw new ListFileProblem("file.truncated");
    }

    /** A parse error as a problem with its line: a truncated file, or one not well-formed (or not in its encoding). */
    static ListFileProblem problem(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String message = String.valueOf(e.getMessage());
        if (message.contains("end of file") || message.contains("EOF") || message.contains("XML document structures must start and end")) {
            return new ListFileProblem("file.truncated");
        }
        if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")) {
            return new ListFileProblem("file.dtd");
        }
        return new ListFileProblem("file.malformed", Math.max(line, 0));
    }
}
