from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0006_existing_quizzes_live_officers_publish"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="quiz",
            constraint=models.CheckConstraint(
                condition=models.Q(("pass_mark__gte", 50), ("pass_mark__lte", 100)),
                name="quiz_pass_mark_floor",
                violation_error_message="The pass mark must be between 50%% and 100%%.",
            ),
        ),
    ]
