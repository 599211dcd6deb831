-- A school may close the parents' question form of its contact page. A row exists once the school switched it;
-- without one the form is open. The audit (II.3.1, contact) reads it: a closed form is a shortcoming.

CREATE TABLE layer1_question_form (
    school_id   BIGINT                   NOT NULL PRIMARY KEY REFERENCES school (id),
    form_open   BOOLEAN                  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(100)             NOT NULL
);
