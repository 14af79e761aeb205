package org.evsettle.rules.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.rules.sandbox.CodeReference.Kind;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads every name a class file uses, at any depth of its code: super types, field and method
 * signatures, class literals, instructions, method handles and bootstrap methods. Annotations are
 * data the engine does not run, so they are not read; nothing else is skipped.
 */
final class ClassReferences extends ClassVisitor {

  private static final int API = Opcodes.ASM9;
  private final List<CodeReference> found = new ArrayList<>();
  private final Map<String, List<String>> strings = new LinkedHashMap<>();
  private final Set<String> declared = new HashSet<>();
  private String className;
  private String superName;
  private List<String> interfaces = List.of();
  private String enclosingMethod;

  private ClassReferences() {
    super(API);
  }

  /** The class's internal name and everything it references. */
  static Read read(byte[] classFile) {
    ClassReferences visitor = new ClassReferences();
    new ClassReader(classFile).accept(visitor, 0);
    return new Read(
        visitor.className,
        visitor.superName,
        visitor.interfaces,
        Set.copyOf(visitor.declared),
        List.copyOf(visitor.found),
        visitor.strings,
        visitor.enclosingMethod);
  }

  /**
   * What one class file declares and references, and the string constants of each method (the rule
   * names among them lead back to the rule a method builds).
   */
  record Read(
      String className,
      String superName,
      List<String> interfaces,
      Set<String> declaredMembers,
      List<CodeReference> references,
      Map<String, List<String>> strings,
      String enclosingMethod) {

    /** A class declared inside a method: a local or anonymous class of rule code. */
    boolean local() {
      return enclosingMethod != null;
    }
  }

  @Override
  public void visit(
      int version,
      int access,
      String name,
      String signature,
      String superName,
      String[] interfaces) {
    this.className = name;
    this.superName = superName;
    this.interfaces = List.of(interfaces);
    if (superName != null) {
      type(superName, "");
    }
    for (String i : interfaces) {
      type(i, "");
    }
  }

  @Override
  public void visitOuterClass(String owner, String name, String descriptor) {
    this.enclosingMethod = owner + (name == null ? "" : "." + name);
  }

  @Override
  public FieldVisitor visitField(
      int access, String name, String descriptor, String signature, Object value) {
    declared.add(name);
    descriptorTypes(descriptor, "");
    if (value instanceof String s) {
      strings.computeIfAbsent("", m -> new ArrayList<>()).add(s);
    }
    return null;
  }

  @Override
  public MethodVisitor visitMethod(
      int access, String name, String descriptor, String signature, String[] exceptions) {
    declared.add(name);
    descriptorTypes(descriptor, name);
    if (exceptions != null) {
      for (String e : exceptions) {
        type(e, name);
      }
    }
    return new Code(name);
  }

  private void type(String internalName, String method) {
    Type t =
        internalName.startsWith("[")
            ? Type.getType(internalName)
            : Type.getObjectType(internalName);
    typeOf(t, method);
  }

  private void typeOf(Type t, String method) {
    while (t.getSort() == Type.ARRAY) {
      t = t.getElementType();
    }
    if (t.getSort() == Type.OBJECT) {
      found.add(new CodeReference(Kind.TYPE, t.getInternalName(), "", "", className, method));
    }
  }

  private void descriptorTypes(String descriptor, String method) {
    Type t = Type.getType(descriptor);
    if (t.getSort() == Type.METHOD) {
      for (Type a : t.getArgumentTypes()) {
        typeOf(a, method);
      }
      typeOf(t.getReturnType(), method);
    } else {
      typeOf(t, method);
    }
  }

  private final class Code extends MethodVisitor {
    private final String method;

    Code(String method) {
      super(API);
      this.method = method;
    }

    private void add(Kind kind, String owner, String member, String descriptor) {
      found.add(new CodeReference(kind, owner, member, descriptor, className, method));
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      type(type, method);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      Kind kind =
          switch (opcode) {
            case Opcodes.PUTFIELD -> Kind.FIELD_WRITE;
            case Opcodes.PUTSTATIC -> Kind.STATIC_WRITE;
            case Opcodes.GETSTATIC -> Kind.STATIC_READ;
            default -> Kind.FIELD_READ;
          };
      add(kind, owner, name, descriptor);
      descriptorTypes(descriptor, method);
    }

    @Override
    public void visitMethodInsn(
        int opcode, String owner, String name, String descriptor, boolean isInterface) {
      add(Kind.METHOD, owner, name, descriptor);
      descriptorTypes(descriptor, method);
    }

    @Override
    public void visitInvokeDynamicInsn(
        String name, String descriptor, Handle bootstrap, Object... arguments) {
      handle(bootstrap, Kind.BOOTSTRAP);
      descriptorTypes(descriptor, method);
      for (Object a : arguments) {
        constant(a);
      }
    }

    @Override
    public void visitLdcInsn(Object value) {
      constant(value);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
      descriptorTypes(descriptor, method);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
      if (type != null) {
        type(type, method);
      }
    }

    @Override
    public void visitLocalVariable(
        String name, String descriptor, String signature, Label start, Label end, int index) {
      descriptorTypes(descriptor, method);
    }

    private void constant(Object value) {
      if (value instanceof Type t) {
        if (t.getSort() == Type.METHOD) {
          descriptorTypes(t.getDescriptor(), method);
        } else {
          typeOf(t, method);
        }
      } else if (value instanceof Handle h) {
        handle(h, Kind.HANDLE);
      } else if (value instanceof ConstantDynamic c) {
        handle(c.getBootstrapMethod(), Kind.BOOTSTRAP);
        descriptorTypes(c.getDescriptor(), method);
        for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
          constant(c.getBootstrapMethodArgument(i));
        }
      } else if (value instanceof String s) {
        strings.computeIfAbsent(method, m -> new ArrayList<>()).add(s);
      }
    }

    private void handle(Handle h, Kind kind) {
      add(kind, h.getOwner(), h.getName(), h.getDesc());
      if (kind == Kind.HANDLE) {
        // a bootstrap method's own signature is the JVM's linkage, not something rule code names
        descriptorTypes(h.getDesc(), method);
      }
    }
  }
}
