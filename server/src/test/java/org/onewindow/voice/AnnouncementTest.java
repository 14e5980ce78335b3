package org.onewindow.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnouncementTest {
    @Test
    void readsLettersAndDigitsOneByOneInMandarin() {
        Announcement a = Announcement.call("A001", "1", "1号窗口", "Window 1", "zh");
        assertThat(a.zh()).isEqualTo("请 A零零一号 到 1号窗口");
        assertThat(a.en()).isNull();
        assertThat(a.clips()).containsExactly("zh/please", "zh/letter-A", "zh/digit-0", "zh/digit-0", "zh/digit-1",
                "zh/number", "zh/to", "zh/counter-1");
    }

    @Test
    void addsEnglishAfterMandarinForATicketTakenInEnglish() {
        Announcement a = Announcement.call("B012", "3", "3号综合窗口", "Window 3", "en");
        assertThat(a.zh()).isEqualTo("请 B零一二号 到 3号综合窗口");
        assertThat(a.en()).isEqualTo("Number B, 0, 1, 2, please go to Window 3.");
        assertThat(a.clips()).endsWith("en/please-go-to", "en/counter-3");
    }

    @Test
    void differentCallsHaveDifferentFilesAndTheSameCallTheSameFile() {
        String one = Announcer.name(Announcement.call("A001", "1", "1号窗口", "Window 1", "zh"));
        String again = Announcer.name(Announcement.call("A001", "1", "1号窗口", "Window 1", "zh"));
        String two = Announcer.name(Announcement.call("A002", "1", "1号窗口", "Window 1", "zh"));
        assertThat(one).isEqualTo(again).isNotEqualTo(two).matches("[0-9a-f]{24}");
    }
}
