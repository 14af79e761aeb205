/**
 * What rule code may do, checked on the bytecode Drools' executable model compiles a pack into:
 * every type, field, method and method handle the generated classes reference is read from the
 * class files and held against an allow-list, so no way of writing a name in a rule file gets
 * around it.
 */
package org.evsettle.rules.sandbox;
