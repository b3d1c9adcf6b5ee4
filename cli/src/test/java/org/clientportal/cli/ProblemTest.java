package org.clientportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an error answer is told: the portal's own words, in one or two lines, with the documented exit code. */
class ProblemTest {

    @Test
    void fieldErrorsTheDetailDoesNotName_goOnASecondLine() {
        Problem problem = Problem.of(400, """
                {"type":"/problems/validation","title":"Invalid request","status":400,"detail":"The body is invalid",
                 "errors":[{"field":"name","message":"is required"},{"field":"email","message":"must be an email address"}]}""");

        assertThat(problem.lines()).containsExactly("error: The body is invalid", "  name: is required; email: must be an email address");
        assertThat(problem.failure().exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void allowedMovesTheDetailDoesNotName_goOnASecondLine() {
        Problem problem = Problem.of(409, """
                {"status":409,"detail":"That move is not allowed","allowed":["active","cancelled"]}""");

        assertThat(problem.lines()).containsExactly("error: That move is not allowed", "  allowed moves: active, cancelled");
        assertThat(problem.failure().exitCode()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void anAnswerThatIsNoProblem_isToldByItsStatusAndFirstLine() {
        Problem problem = Problem.of(502, "Bad gateway\n<html>…</html>");

        assertThat(problem.lines()).containsExactly("error: the portal answered HTTP 502: Bad gateway");
        assertThat(problem.failure().exitCode()).isEqualTo(ExitCode.SERVER);
    }

    @Test
    void statusesMapToTheDocumentedExitCodes() {
        assertThat(ExitCode.forStatus(400)).isEqualTo(1);
        assertThat(ExitCode.forStatus(404)).isEqualTo(2);
        assertThat(ExitCode.forStatus(409)).isEqualTo(3);
        assertThat(ExitCode.forStatus(412)).isEqualTo(3);
        assertThat(ExitCode.forStatus(401)).isEqualTo(4);
        assertThat(ExitCode.forStatus(403)).isEqualTo(4);
        assertThat(ExitCode.forStatus(500)).isEqualTo(5);
        assertThat(ExitCode.forStatus(503)).isEqualTo(5);
    }
}
