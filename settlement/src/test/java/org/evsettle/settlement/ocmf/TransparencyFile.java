package org.evsettle.settlement.ocmf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the S.A.F.E. transparency software's XML container ({@code <values><value><signedData
 * format encoding>..</signedData><publicKey encoding>..</publicKey></value></values>}) into
 * sessions of signed values. Begin and end values ({@code context="Transaction.Begin/End"}) form
 * one session, begin first; any other value is a session of its own. A file that is not such a
 * container is handed over whole as one value, so the verifier has to cope with it.
 */
final class TransparencyFile {

  private static final Pattern KEY_IN_TEXT = Pattern.compile("Public key:\\s*([0-9A-Fa-f]+)");

  private TransparencyFile() {}

  static List<List<OcmfSignedValue>> sessions(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Document document = parse(bytes);
    NodeList signed = document == null ? null : document.getElementsByTagName("signedData");
    if (signed == null || signed.getLength() == 0) {
      return List.of(
          List.of(OcmfSignedValue.withoutKey(new String(bytes, StandardCharsets.UTF_8))));
    }
    List<Value> transaction = new ArrayList<>();
    List<List<OcmfSignedValue>> sessions = new ArrayList<>();
    for (int i = 0; i < signed.getLength(); i++) {
      Element data = (Element) signed.item(i);
      Element parent = (Element) data.getParentNode();
      OcmfSignedValue value = new OcmfSignedValue(text(data), keyFor(parent, document));
      String context = parent.getAttribute("context");
      if (context.startsWith("Transaction.")) {
        transaction.add(new Value(context.equals("Transaction.Begin") ? 0 : 1, value));
      } else {
        sessions.add(List.of(value));
      }
    }
    if (!transaction.isEmpty()) {
      transaction.sort(Comparator.comparingInt(Value::order));
      sessions.add(transaction.stream().map(Value::value).toList());
    }
    return sessions;
  }

  /** Some containers are fragments with several roots; those are read inside a wrapper. */
  private static Document parse(byte[] bytes) {
    Document document = parseXml(bytes);
    if (document != null) {
      return document;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("<?xml")) {
      return null;
    }
    return parseXml(("<values>" + text + "</values>").getBytes(StandardCharsets.UTF_8));
  }

  private static Document parseXml(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      return null;
    }
  }

  private static String text(Element element) {
    String text = element.getTextContent().strip();
    if ("base64".equalsIgnoreCase(element.getAttribute("encoding"))) {
      try {
        return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return text;
      }
    }
    return text;
  }

  /** The value's own publicKey element, else a key written as text beside the data. */
  private static String keyFor(Element value, Document document) {
    for (Node child = value.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals("publicKey")) {
        return element.getTextContent().strip();
      }
    }
    Matcher inText = KEY_IN_TEXT.matcher(document.getDocumentElement().getTextContent());
    return inText.find() ? inText.group(1) : null;
  }

  private record Value(int order, OcmfSignedValue value) {}
}
