package org.hotpy.examples;

/** A business rule the application defines in Java and lets users write in Python. */
public interface Discount {
    /** The discount in percent for an order. */
    int percent(String customerTier, double orderTotal);

    /** A label for invoices; Python may leave it out and get this default. */
    default String label() {
        return "standard discount";
    }
}
