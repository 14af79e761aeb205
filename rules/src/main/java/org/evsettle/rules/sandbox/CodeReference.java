package org.evsettle.rules.sandbox;

/**
 * One name that compiled rule code uses: a type (a class literal, {@code new}, a cast, a catch, a
 * super type, an array), a field, a method or constructor, or a method handle. Names are internal
 * class-file names ({@code java/io/File}); {@code member} is empty for a type reference.
 *
 * @param inClass the generated class that holds the reference
 * @param inMethod the method of that class, or empty for the class's own declaration
 */
public record CodeReference(
    Kind kind, String owner, String member, String descriptor, String inClass, String inMethod) {

  /** What the reference is. */
  public enum Kind {
    TYPE,
    FIELD_READ,
    STATIC_READ,
    FIELD_WRITE,
    STATIC_WRITE,
    METHOD,
    HANDLE,
    BOOTSTRAP
  }

  /** The owner's name as a regulator reads it: {@code java.io.File}. */
  public String ownerName() {
    return readable(owner);
  }

  /** {@code java.nio.file.Files.writeString}, or the type alone. */
  public String readableName() {
    if (member.isEmpty()) {
      return ownerName();
    }
    return ownerName() + (member.equals("<init>") ? " (its constructor)" : "." + member);
  }

  static String readable(String internal) {
    String name = internal;
    while (name.startsWith("[")) {
      name = name.substring(1);
    }
    if (name.startsWith("L") && name.endsWith(";")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.replace('/', '.').replace('$', '.');
  }
}
