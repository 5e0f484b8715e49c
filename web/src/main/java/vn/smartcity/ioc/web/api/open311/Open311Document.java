package vn.smartcity.ioc.web.api.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * An Open311 answer, written once as data (a root element, item elements, fields in spec order) and rendered
 * in XML or JSON by the same rules, so both formats always carry the same field names (the spec's JSON is a
 * mapping of its XML: a list becomes an array of objects, a nested list an array).
 */
final class Open311Document {

    static final String XML = "text/xml; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    /** Looked up once: {@code newInstance()} searches for the implementation again on every call. */
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newInstance();

    private final String root;
    private final String item;
    private final List<Map<String, Object>> items;
    private final boolean single;

    private Open311Document(String root, String item, List<Map<String, Object>> items, boolean single) {
        this.root = root;
        this.item = item;
        this.items = items;
        this.single = single;
    }

    /** A list: {@code <root><item>...</item>...</root>} or a JSON array of objects. */
    static Open311Document list(String root, String item, List<Map<String, Object>> items) {
        return new Open311Document(root, item, items, false);
    }

    /** One element: {@code <root>...</root>} or one JSON object. */
    static Open311Document single(String root, Map<String, Object> fields) {
        return new Open311Document(root, null, List.of(fields), true);
    }

    Response render(Format format, int status) {
        return Response.status(status).type(format == Format.JSON ? JSON : XML)
                .entity(format == Format.JSON ? json() : xml()).build();
    }

    private String json() {
        if (single) {
            return object(items.get(0)).build().toString();
        }
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        items.forEach(fields -> array.add(object(fields)));
        return array.build().toString();
    }

    @SuppressWarnings("unchecked")
    private static JsonObjectBuilder object(Map<String, Object> fields) {
        JsonObjectBuilder object = Jsonp.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value instanceof Boolean b) {
                object.add(name, b);
            } else if (value instanceof Integer i) {
                object.add(name, i);
            } else if (value instanceof Long l) {
                object.add(name, l);
            } else if (value instanceof Double d) {
                object.add(name, d);
            } else if (value instanceof Map<?, ?> nested) {
                object.add(name, object((Map<String, Object>) nested));
            } else if (value instanceof Repeated repeated) {
                JsonArrayBuilder array = Jsonp.createArrayBuilder();
                for (Object v : repeated.values()) {
                    if (v instanceof Map<?, ?> nested) {
                        array.add(object((Map<String, Object>) nested));
                    } else {
                        array.add(String.valueOf(v));
                    }
                }
                object.add(name, array);
            } else if (value == null) {
                object.addNull(name);
            } else {
                object.add(name, value.toString());
            }
        });
        return object;
    }

    /**
     * A repeated element: {@code <name><item>v</item>...</name>} in XML, {@code "name": [v, ...]} in JSON
     * (values are strings or nested field maps).
     */
    record Repeated(String item, List<?> values) {
    }

    private String xml() {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            for (Map<String, Object> fields : items) {
                if (!single) {
                    xml.writeStartElement(item);
                }
                writeFields(xml, fields);
                if (!single) {
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Open311 XML answer", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeFields(XMLStreamWriter xml, Map<String, Object> fields) throws XMLStreamException {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            xml.writeStartElement(field.getKey());
            writeValue(xml, field.getValue());
            xml.writeEndElement();
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(XMLStreamWriter xml, Object value) throws XMLStreamException {
        if (value instanceof Map<?, ?> nested) {
            writeFields(xml, (Map<String, Object>) nested);
        } else if (value instanceof Repeated repeated) {
            for (Object v : repeated.values()) {
                xml.writeStartElement(repeated.item());
                writeValue(xml, v);
                xml.writeEndElement();
            }
        } else if (value != null) {
            xml.writeCharacters(value.toString());
        }
    }

    /** The format a resource was asked in: its file extension. */
    enum Format {
        XML, JSON;

        static Format of(String extension) {
            return "json".equals(extension) ? JSON : XML;
        }

        /** The format of a request path (".json" or not), for errors. */
        static Format ofPath(String path) {
            return path != null && path.endsWith(".json") ? JSON : XML;
        }
    }
}
