package org.onewindow.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call produces audio a hall can hear: espeak-ng's Mandarin voice, or a pack of recorded clips. */
class SpokenCallTest {
    @TempDir
    Path dir;

    private static void assumeEspeak() {
        assumeTrue(Espeak.find().isPresent(), "voice test skipped: espeak-ng with its Mandarin voice is not installed "
                + "(apt-get install espeak-ng; .ci/run installs it)");
    }

    private static void assertAudible(byte[] file) {
        assertThat(new String(file, 0, 4)).isEqualTo("RIFF");
        assertThat(new String(file, 8, 4)).isEqualTo("WAVE");
        Wav wav = Wav.read(file);
        assertThat(wav.seconds()).isGreaterThanOrEqualTo(1.0);
        assertThat(wav.loudness()).as("not silence").isGreaterThan(0.01);
    }

    @Test
    void espeakSaysACallInMandarinAtLeastOneSecondAndNotSilence() {
        assumeEspeak();
        Announcer announcer = new Announcer(Espeak.find().orElseThrow(), dir);
        Announcement a001 = Announcement.call("A001", "1", "1号窗口", "Window 1", "zh");
        Announcement a002 = Announcement.call("A002", "1", "1号窗口", "Window 1", "zh");
        byte[] one = read(announcer.file(name(announcer, a001)));
        byte[] two = read(announcer.file(name(announcer, a002)));
        assertAudible(one);
        assertAudible(two);
        assertThat(Arrays.equals(one, two)).as("two numbers sound different").isFalse();
    }

    @Test
    void englishFollowsMandarinForAnEnglishTicket() {
        assumeEspeak();
        Announcer announcer = new Announcer(Espeak.find().orElseThrow(), dir);
        Wav zh = Wav.read(read(announcer.file(name(announcer, Announcement.call("A001", "1", "1号窗口", "Window 1", "zh")))));
        Wav both = Wav.read(read(announcer.file(name(announcer, Announcement.call("A001", "1", "1号窗口", "Window 1", "en")))));
        assertThat(both.seconds()).isGreaterThan(zh.seconds() + 1);
    }

    @Test
    void aVoicePackOfRecordedClipsIsJoinedByTheHub() throws IOException {
        Path pack = dir.resolve("pack");
        int tone = 300;
        for (String clip : new String[] {"zh/please", "zh/number", "zh/to", "zh/letter-A", "zh/counter-1",
                "zh/digit-0", "zh/digit-1", "zh/digit-2"}) {
            Files.createDirectories(pack.resolve(clip).getParent());
            Files.write(pack.resolve(clip + ".wav"), sine(tone += 40, 0.3));
        }
        assertThat(VoicePack.looksLikePack(pack)).isTrue();
        Announcer announcer = new Announcer(Announcer.choose(pack).orElseThrow(), dir.resolve("cache"));
        assertThat(announcer.describe()).startsWith("voice pack");
        byte[] one = read(announcer.file(name(announcer, Announcement.call("A001", "1", "1号窗口", "Window 1", "zh"))));
        byte[] two = read(announcer.file(name(announcer, Announcement.call("A002", "1", "1号窗口", "Window 1", "zh"))));
        assertAudible(one);
        assertThat(Arrays.equals(one, two)).isFalse();
        // A clip the pack lacks (English here) leaves the call without audio rather than half-spoken.
        assertThat(announcer.file(name(announcer, Announcement.call("A001", "1", "1号窗口", "Window 1", "en")))).isEmpty();
    }

    private static String name(Announcer announcer, Announcement a) {
        String path = announcer.path(a);
        return path.substring(Announcer.PATH.length(), path.length() - 4);
    }

    private static byte[] read(Optional<Path> file) {
        assertThat(file).isPresent();
        try {
            return Files.readAllBytes(file.get());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A recorded clip stand-in: a sine tone, 16 kHz 16-bit mono. */
    static byte[] sine(double hz, double seconds) {
        int rate = 16000;
        int n = (int) (rate * seconds);
        ByteBuffer pcm = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            pcm.putShort((short) (Math.sin(2 * Math.PI * hz * i / rate) * 12000));
        }
        return new Wav(1, rate, 16, pcm.array()).bytes();
    }
}
