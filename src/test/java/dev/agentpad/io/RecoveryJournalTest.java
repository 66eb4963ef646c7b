package dev.agentpad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryJournalTest {

    /** A process id no process has: entries written as it were left by a crash. */
    private static final long GONE = Long.MAX_VALUE;

    @TempDir
    Path dir;

    @Test
    void anEntryKeepsTheTextByteForByteAndIsGoneOnceCleared() throws Exception {
        RecoveryJournal journal = new RecoveryJournal(dir.resolve("recovery"), GONE);
        String text = "---\r\nname: ünïcode ✓\r\n---\r\nBody with a NUL \u0000 and emoji 🤖\n";
        journal.write("1-a", Path.of("/work/a.md"), "a.md", text, "old");
        journal.write("1-b", null, "untitled.md", "draft", "");

        RecoveryJournal.Found found = journal.leftBehind();
        assertThat(found.unreadable()).isEmpty();
        assertThat(found.entries()).extracting(RecoveryJournal.Entry::id).containsExactlyInAnyOrder("1-a", "1-b");
        RecoveryJournal.Entry a = found.entries().stream().filter(e -> e.id().equals("1-a")).findFirst().orElseThrow();
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.diskText()).isEqualTo("old");
        assertThat(a.file()).contains(Path.of("/work/a.md"));
        assertThat(found.entries().stream().filter(e -> e.id().equals("1-b")).findFirst().orElseThrow().file()).isEmpty();

        journal.clear("1-a");
        assertThat(journal.leftBehind().entries()).extracting(RecoveryJournal.Entry::id).containsExactly("1-b");
        try (var files = Files.list(dir.resolve("recovery"))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file is left").containsExactly("1-b.json");
        }
    }

    @Test
    void aRewriteReplacesTheEntryWhole() throws Exception {
        RecoveryJournal journal = new RecoveryJournal(dir, GONE);
        journal.write("1-a", null, "u.md", "first version, longer than the second", "");
        journal.write("1-a", null, "u.md", "second", "");
        assertThat(journal.leftBehind().entries()).singleElement().extracting(RecoveryJournal.Entry::text).isEqualTo("second");
    }

    @Test
    void aDamagedEntryIsNamedNotFatalAndEntriesOfThisRunningProcessAreItsOwn() throws Exception {
        RecoveryJournal journal = new RecoveryJournal(dir); // written as this process
        Files.writeString(dir.resolve("9-x.json"), "{\"id\": \"9-x\", \"text\": ");
        journal.write(RecoveryJournal.newId(), null, "mine.md", "mine", "");
        RecoveryJournal.Found found = journal.leftBehind();
        assertThat(found.unreadable()).singleElement().asString().endsWith("9-x.json");
        assertThat(found.entries()).as("an open window's entry is not a crash's").isEmpty();
    }

    @Test
    void entriesOfAnotherRunningAgentPadAreLeftToIt() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve("x.json"), "{\"id\":\"x\",\"path\":null,\"name\":\"n\",\"text\":\"t\",\"diskText\":\"\",\"pid\":"
                    + other.pid() + ",\"writtenMillis\":1}");
            assertThat(new RecoveryJournal(dir).leftBehind().entries()).isEmpty();
        } finally {
            other.destroyForcibly().waitFor();
        }
        assertThat(new RecoveryJournal(dir).leftBehind().entries()).as("once that process is gone, the entry is offered").hasSize(1);
    }
}
