package org.onewindow.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the hall says aloud, as plain text for a speech engine and as a list of clips for a recorded
 * voice pack. A number is read letter by letter and digit by digit ("A零零一"), as halls do, so
 * "A001" is never heard as "A one".
 *
 * @param zh    the Mandarin sentence
 * @param en    the English sentence, or null when only Mandarin is spoken
 * @param clips the same words as voice-pack clip names (see {@link VoicePack}), Mandarin then English
 */
public record Announcement(String zh, String en, List<String> clips) {
    private static final String[] ZH_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    public Announcement {
        clips = List.copyOf(clips);
    }

    /** "请 A零零一号 到 1号窗口", then English when the visitor took the ticket in English. */
    public static Announcement call(String number, String counterId, String counterZh, String counterEn, String language) {
        String zh = "请 " + zhNumber(number) + "号 到 " + counterZh;
        List<String> clips = new ArrayList<>();
        clips.add("zh/please");
        clips.addAll(numberClips("zh", number));
        clips.add("zh/number");
        clips.add("zh/to");
        clips.addAll(counterClips("zh", counterId));
        String en = null;
        if ("en".equals(language)) {
            en = "Number " + enNumber(number) + ", please go to " + counterEn + ".";
            clips.add("en/number");
            clips.addAll(numberClips("en", number));
            clips.add("en/please-go-to");
            clips.addAll(counterClips("en", counterId));
        }
        return new Announcement(zh, en, clips);
    }

    /** The kiosk's elderly mode reads a matter aloud when it is touched. */
    public static Announcement matter(String serviceId, String nameZh) {
        return new Announcement(nameZh, null, List.of("zh/service-" + serviceId));
    }

    /** The kiosk's elderly mode reads the new ticket's number aloud. */
    public static Announcement issued(String number) {
        List<String> clips = new ArrayList<>();
        clips.add("zh/your-number-is");
        clips.addAll(numberClips("zh", number));
        clips.add("zh/number");
        clips.add("zh/please-wait");
        return new Announcement("您的号码是 " + zhNumber(number) + "号，请留意叫号", null, clips);
    }

    /** "A012" → "A零一二": digits as Chinese numerals, read one by one. */
    static String zhNumber(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            out.append(Character.isDigit(c) ? ZH_DIGITS[c - '0'] : String.valueOf(c));
        }
        return out.toString();
    }

    /** "A012" → "A, 0, 1, 2". */
    static String enNumber(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<String> numberClips(String lang, String number) {
        List<String> clips = new ArrayList<>();
        for (char c : number.toUpperCase(Locale.ROOT).toCharArray()) {
            clips.add(lang + (Character.isDigit(c) ? "/digit-" : "/letter-") + c);
        }
        return clips;
    }

    /** A pack may hold a clip for the whole window name ("counter-3"); else its id's digits and "window". */
    private static List<String> counterClips(String lang, String counterId) {
        List<String> clips = new ArrayList<>();
        clips.add(lang + "/counter-" + counterId);
        return clips;
    }

    /** One line that names this announcement, for the cache. */
    public String cacheKey() {
        return zh + "|" + (en == null ? "" : en);
    }
}
