package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void anotherDatabase_keepsServerAndParameters() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db1:5433,db2:5433/portal?sslmode=require");

        assertThat(url.withDatabase("postgres").value())
                .isEqualTo("jdbc:postgresql://db1:5433,db2:5433/postgres?sslmode=require");
        assertThat(url).hasToString("db1:5433,db2:5433/portal");
    }

    @Test
    void aUrlWithoutDatabase_isRefused() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://host:port/database");
    }
}
