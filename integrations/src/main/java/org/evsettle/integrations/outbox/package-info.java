/** Delivery of exports into {@code <home>/outbox/}, through a Camel route. */
package org.evsettle.integrations.outbox;
