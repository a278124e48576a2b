package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Region;

/**
 * A skin whose one content node is measured at the width the control is given: wrapped lines, a second row of tags
 * or a wrapped path count (SkinBase measures its children at -1, so a wrapped card would be cut).
 */
abstract class WidthMeasuredSkin<C extends Control> extends SkinBase<C> {

    private Region content;

    WidthMeasuredSkin(C control) {
        super(control);
    }

    /** Sets the node the skin draws (once, at the end of the subclass's constructor). */
    final void setContent(Region node) {
        content = node;
        getChildren().setAll(node);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + content.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }
}
