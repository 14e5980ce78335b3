package org.onewindow.hub;
public final class Main { public static void main(String[] a) {} }
